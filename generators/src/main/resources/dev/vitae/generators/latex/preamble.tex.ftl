[#-- The document class, fonts and the small macros the CV body is written in. --]
\documentclass[10pt,a4paper]{article}
\usepackage[a4paper,top=1.5cm,bottom=1.6cm,left=1.8cm,right=1.8cm]{geometry}

% Latin Modern without TeX ligatures, so that -- and '' print as they were typed.
\usepackage{fontspec}
\defaultfontfeatures[\rmfamily,\sffamily]{}
\setmainfont{Latin Modern Roman}
\setsansfont{Latin Modern Sans}
\setmonofont{Latin Modern Mono}
% For what Latin Modern lacks (Greek, Cyrillic, arrows, math signs, dingbats): \cvfallback.
\newfontfamily\cvfallbackfont{DejaVu Sans}[Scale=MatchLowercase]
\newcommand{\cvfallback}[1]{{\cvfallbackfont #1}}

% Chinese, Japanese and Korean from Noto CJK, in the region of the document's language.
% Quotes, dashes and dots stay Western: xeCJK would otherwise set them full width, with wide
% gaps around them in Latin text.
\usepackage{xeCJK}
\setCJKmainfont{Noto Serif CJK [=cjk]}
\setCJKsansfont{Noto Sans CJK [=cjk]}
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
\definecolor{cvaccent}{HTML}{1F4E79}
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

% A custom section's table: as wide as the text, its columns sharing the width evenly.
\usepackage{tabularx}
\newenvironment{cvtable}[1]
  {\par\smallskip\noindent\small\tabularx{\linewidth}{@{}*{#1}{>{\raggedright\arraybackslash}X}@{}}}
  {\endtabularx\par\smallskip}

\usepackage{hyperref}
\usepackage{xurl}
\hypersetup{colorlinks=true, urlcolor=cvaccent, linkcolor=cvaccent}
\pdfstringdefDisableCommands{%
  \def\cvfallback#1{#1}%
  \def\cvemoji#1#2#3{#3}%
  \def\cvnewline{ }%
}

\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0pt}
\raggedright

% A line break that is harmless even where no line has started yet.
\newcommand{\cvnewline}{\leavevmode\newline}
\newcommand{\cvsep}{\unskip\enspace{\color{cvmuted}·}\enspace\ignorespaces}

\newcommand{\cvname}[1]{{\centering\sffamily\bfseries\fontsize{24pt}{28pt}\selectfont #1\par}}
\newcommand{\cvlabel}[1]{\par\addvspace{4pt}{\centering\sffamily\large\color{cvaccent}#1\par}}
\newcommand{\cvcontacts}[1]{\par\addvspace{6pt}{\centering\small\sffamily #1\par}}
\newcommand{\cvcontactsep}{\unskip\quad{\color{cvrule}\textbar}\quad\ignorespaces}
\newcommand{\cvabstract}[1]{\par\addvspace{10pt}#1\par}

\newcommand{\cvsection}[1]{%
  \par\addvspace{11pt}%
  {\sffamily\large\bfseries\color{cvaccent}#1}%
  \hspace{0.6em}{\color{cvrule}\leaders\hrule height 0.45ex depth -0.35ex\hfill\kern0pt}%
  \par\nopagebreak\addvspace{2pt}}
\newcommand{\cvheading}[2]{%
  \par\addvspace{5pt}{\bfseries #1}\hfill{\small\color{cvmuted}#2}\par\nopagebreak}
\newcommand{\cvsubheading}[2]{%
  {\itshape #1}\hfill{\small\itshape\color{cvmuted}#2}\par\nopagebreak}
\newcommand{\cvsummary}[1]{\par\addvspace{2pt}#1\par}
\newcommand{\cvkeywords}[1]{\par\addvspace{2pt}{\small\color{cvmuted}#1}\par}
\newcommand{\cvpair}[2]{%
  \par\addvspace{3pt}%
  \parbox[t]{0.27\linewidth}{\raggedright\bfseries #1}\hfill
  \parbox[t]{0.71\linewidth}{\raggedright #2}\par}
\newcommand{\cvlevel}[1]{\newline{\mdseries\small\itshape\color{cvmuted}#1}}
\newcommand{\cvreference}[2]{%
  \par\addvspace{5pt}{\itshape #2}\par\nopagebreak{\raggedleft\small\textendash\ #1\par}}
\newcommand{\cvfooter}[1]{\par\addvspace{14pt}{\raggedleft\scriptsize\color{cvmuted}#1\par}}
