[#-- What every theme's document starts with: the class on the CV's paper at the CV's base
     size, the fonts that draw what the main font lacks, CJK, emoji, colours, lists, links and
     the small commands escaped CV text is written in. The theme sets before including it:
     accent (six hex digits), fontSize (points) and margins (geometry's keys). --]
\documentclass{article}
\usepackage[[=style.paper?no_esc], [=margins?no_esc]]{geometry}
% The base size in points, any size: the smaller sizes follow from it.
\usepackage{scrextend}
\changefontsizes{[=fontSize?no_esc]pt}

\usepackage{fontspec}
\defaultfontfeatures[\rmfamily,\sffamily]{}
% What the main font lacks: Greek, Cyrillic, Hebrew, arrows, signs and dingbats in DejaVu Sans;
% Arabic upright whatever the shape around it (DejaVu's oblique has none); mathematical
% letters and digits in DejaVu Math. The escaper wraps each character in the one it needs.
\newfontfamily\cvfallbackfont{DejaVu Sans}[Scale=MatchLowercase]
\newfontfamily\cvuprightfont{DejaVu Sans}[Scale=MatchLowercase, ItalicFont=DejaVu Sans,
  BoldItalicFont=DejaVu Sans Bold, SlantedFont=DejaVu Sans]
\newfontfamily\cvmathfont{DejaVu Math TeX Gyre}[Scale=MatchLowercase]
\newcommand{\cvfallback}[1]{{\cvfallbackfont #1}}
\newcommand{\cvupright}[1]{{\cvuprightfont #1}}
\newcommand{\cvmath}[1]{{\cvmathfont #1}}

% Chinese, Japanese and Korean from Noto CJK, in the region of the document's language. CJK
% fonts have no italic: emphasis takes the other family (serif text) or bold (sans text).
% Quotes, dashes and dots stay Western: xeCJK would otherwise set them full width, with wide
% gaps around them in Latin text.
\usepackage{xeCJK}
\setCJKmainfont{Noto Serif CJK [=cjk]}[ItalicFont=Noto Sans CJK [=cjk], BoldItalicFont=Noto Sans CJK [=cjk] Bold]
\setCJKsansfont{Noto Sans CJK [=cjk]}[ItalicFont=Noto Sans CJK [=cjk] Bold, BoldItalicFont=Noto Sans CJK [=cjk] Bold]
\setCJKmonofont{Noto Sans Mono CJK [=cjk]}
\xeCJKDeclareCharClass{Default}{"00B7, "2013, "2014, "2018, "2019, "201C, "201D, "2025, "2026, "2027}
[#if cjk == "KR"]
% Korean separates words with spaces and joins particles to Latin words ("CUDA와"): keep the
% spaces typed between Hangul, and add none between Hangul and Latin.
\xeCJKsetup{CJKspace=true, CJKecglue={}}
[/#if]

% Colour emoji as pictures: XeTeX cannot use colour emoji fonts. An emoji twemojis does not
% know prints in the fallback font, or not at all.
\usepackage{twemojis}
\newcommand{\cvtwemoji}[1]{\raisebox{-0.15ex}{\twemoji[height=1.8ex]{#1}}}
\newcommand{\cvemoji}[3]{%
  \ifcsname twemoji #1\endcsname\cvtwemoji{#1}%
  \else\ifcsname twemoji #2\endcsname\cvtwemoji{#2}%
  \else\cvfallback{#3}\fi\fi}

\usepackage{xcolor}
\definecolor{cvaccent}{HTML}{[=accent?no_esc]}
\definecolor{cvmuted}{HTML}{5A5A5A}
\definecolor{cvrule}{HTML}{A0A8B0}

% Highlights nest to any depth: lists go [=part.maxListDepth] deep, deeper ones stay at the last level.
\usepackage{enumitem}
\setlistdepth{[=part.maxListDepth]}
\renewlist{itemize}{itemize}{[=part.maxListDepth]}
\setlist[itemize]{nosep, topsep=1pt, leftmargin=1.1em, labelsep=0.45em, label={\color{cvmuted}\textperiodcentered}}
\setlist[itemize,1]{label={\color{cvaccent}\textbullet}}
\setlist[itemize,2]{label={\color{cvmuted}\textendash}}
\setlist[itemize,3]{label={\color{cvmuted}\textopenbullet}}

% Graphics for the photo, when its file lies beside the document.
\usepackage{graphicx}

\usepackage{hyperref}
\hypersetup{colorlinks=true, urlcolor=cvaccent, linkcolor=cvaccent, pdflang={[=doc.language]}}
\pdfstringdefDisableCommands{%
  \def\cvfallback#1{#1}%
  \def\cvupright#1{#1}%
  \def\cvmath#1{#1}%
  \def\cvemoji#1#2#3{#3}%
  \def\cvnewline{ }%
  \def\cvbreak{}%
}

\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0pt}
\raggedright
% Lines never stretch past what reads well: a ragged right edge instead of wide spaces.
\setlength{\emergencystretch}{1em}
\clubpenalty=10000
\widowpenalty=10000

% A line break that is harmless even where no line has started yet.
\newcommand{\cvnewline}{\leavevmode\newline}
% Where a long run of characters without a space may break (the escaper puts it there).
\newcommand{\cvbreak}{\penalty50\relax}
% A keyword never breaks inside, unless it is wider than the line by itself.
\newsavebox{\cvkeywordbox}
\newcommand{\cvkeyword}[1]{%
  \sbox{\cvkeywordbox}{#1}%
  \ifdim\wd\cvkeywordbox>\linewidth #1\else\mbox{#1}\fi}
% Between keywords or phrases: a dot, or a line break with no dot at its end.
\newcommand{\cvsep}{\unskip
  \discretionary{}{}{\hbox{\hskip0.5em{\color{cvmuted}\textperiodcentered}\hskip0.5em}}\ignorespaces}
% Text set flush right at the end of a paragraph's last line, or on a line of its own when
% it does not fit there.
\newcommand{\cvright}[1]{%
  \unskip\nobreak\hskip0pt plus 1filll\penalty50\hskip1em\hbox{}\nobreak\hskip0pt plus 1filll{#1}}
% The first argument when the second is empty, else the third.
\newcommand{\cvifempty}[3]{\if\relax\detokenize{#1}\relax#2\else#3\fi}
% The photo, when its file lies beside the document (the processor copies the CV's own photo
% there): right of the header, or left where a theme says \cvphotolefttrue; the header leaves
% room for it. A theme sets its width in \cvphotowidth; a portrait keeps its proportions.
\newcommand{\cvphoto}[1]{\IfFileExists{#1}{\def\cvphotoname{#1}}{}}
\newcommand{\cvphotowidth}{2.8cm}
\newif\ifcvphotoleft
\newcommand{\cvphotobox}{\raisebox{\dimexpr-\height+\ht\strutbox\relax}{%
  \includegraphics[width=\cvphotowidth,height=1.25\dimexpr\cvphotowidth\relax,keepaspectratio]{\cvphotoname}}}
\newcommand{\cvbeginheader}{\ifdefined\cvphotoname
  \noindent\ifcvphotoleft\cvphotobox\hfill\fi
  \begin{minipage}[t]{\dimexpr\linewidth-\cvphotowidth-0.4cm\relax}\raggedright\fi}
\newcommand{\cvendheader}{\ifdefined\cvphotoname\end{minipage}%
  \ifcvphotoleft\else\hfill\cvphotobox\fi\fi
  \par\cvheaderafter}
