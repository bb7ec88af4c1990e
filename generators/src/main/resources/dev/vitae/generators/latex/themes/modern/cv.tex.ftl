[#-- The modern theme, after Awesome-CV: sans-serif type; a header with the given name light
     and the family name bold, the label in the accent colour, the contact details on one
     line behind small icons, an accent rule under it all; section headings in the accent
     colour; each entry's title bold with its place on the right, the byline and the dates
     on the line under it. --]
[#import "/latex/common/parts.tex.ftl" as part]
[#assign accent = style.accent]
[#assign fontSize = style.fontSize]
[#assign margins = "top=1.5cm, bottom=1.6cm, left=1.7cm, right=1.7cm"]
% Written by Vitae from the CV's source, in the modern theme; compile with xelatex.
[#include "/latex/common/preamble.tex.ftl"]
[#include "/latex/common/table.tex.ftl"]

% DejaVu Sans: every character of Latin Modern's set, and Greek and Cyrillic besides.
\setmainfont{DejaVu Sans}
\setsansfont{DejaVu Sans}
\setmonofont{DejaVu Sans Mono}[Scale=MatchLowercase]
\newfontfamily\cvlightfont{DejaVu Sans ExtraLight}
\renewcommand{\familydefault}{\sfdefault}
\linespread{1.08}
\definecolor{cvtext}{HTML}{333333}
\definecolor{cvmuted}{HTML}{6B6B6B}
\AtBeginDocument{\color{cvtext}}

% Icons drawn from fonts every TeX Live has (marvosym) or drawn here (a map pin, a link).
\usepackage{marvosym}
\usepackage{tikz}
\newcommand{\cviconpin}{\tikz[x=1ex,y=1ex,baseline=0]{%
  \fill (0,0) -- (-0.5,0.85) arc[start angle=180, end angle=0, radius=0.5] -- cycle;
  \fill[white] (0,1.02) circle[radius=0.2];}}
\newcommand{\cviconlink}{\tikz[x=1ex,y=1ex,baseline=0, line width=0.16ex]{%
  \draw[rounded corners=0.3ex] (0,0.2) rectangle (0.95,0.8);
  \draw[rounded corners=0.3ex] (0.6,0.5) rectangle (1.55,1.1);}}
\newcommand{\cvicon}[1]{{\color{cvaccent}%
  \ifcsname cvicon@#1\endcsname\csname cvicon@#1\endcsname\fi}\hspace{0.4em}}
\expandafter\def\csname cvicon@email\endcsname{\Letter}
\expandafter\def\csname cvicon@phone\endcsname{\Mobilefone}
\expandafter\def\csname cvicon@website\endcsname{\Mundus}
\expandafter\def\csname cvicon@location\endcsname{\cviconpin}
\expandafter\def\csname cvicon@profile\endcsname{\cviconlink}

\newcommand{\cvname}[3]{%
  {\centering\fontsize{30pt}{34pt}\selectfont
   \cvifempty{#2}{}{{\cvlightfont\color{cvmuted}#2}\ }{\bfseries #3}\par}}
\newcommand{\cvlabel}[1]{\par\addvspace{5pt}%
  {\centering\small\color{cvaccent}#1\par}}
\newcommand{\cvcontacts}[1]{\par\addvspace{7pt}{\centering\footnotesize\color{cvmuted}#1\par}}
\newcommand{\cvcontact}[2]{\cvkeyword{\cvicon{#1}#2}}
% A bar between two contacts on a line; where the line breaks, no bar.
\newcommand{\cvcontactsep}{\unskip\discretionary{}{}{\hbox{\hskip 0.8em{\color{cvrule}\textbar}\hskip 0.8em}}\ignorespaces}
\newcommand{\cvheaderafter}{\addvspace{5pt}{\color{cvaccent}\hrule height 0.8pt}\addvspace{8pt}}
% The photo left of the centred name, as Awesome-CV places it.
\cvphotolefttrue
\renewcommand{\cvphotowidth}{2.4cm}
\newcommand{\cvabstract}[1]{\par\addvspace{4pt}{\color{cvtext}#1}\par}

\newenvironment{cvsection}[1]
  {\par\addvspace{12pt}%
   {\Large\bfseries\color{cvaccent}#1}%
   \hspace{0.6em}{\color{cvrule}\leaders\hrule height 0.5ex depth -0.42ex\hskip 0pt plus 1filll}%
   \par\nopagebreak\relax\addvspace{4pt}}
  {\par}
\newcommand{\cventry}[5]{%
  \par\addvspace{7pt}%
  {\bfseries\color{black}#1}\cvifempty{#4}{}{\cvright{\small\color{cvmuted}#4}}\par\nopagebreak\relax
  \cvifempty{#2#3}{}{{\small\color{cvtext}#3}%
    \cvright{\small\itshape\color{cvaccent}\cvkeyword{#2}\cvifempty{#5}{}{\cvsep\cvkeyword{#5}}}\par\nopagebreak\relax}%
  \addvspace{1pt}}
\newcommand{\cvendentry}{}
\newcommand{\cvsummary}[1]{\par\nopagebreak\relax\addvspace{1pt}{\small #1\par}}
\newcommand{\cvkeywords}[1]{\par\nopagebreak\relax\addvspace{2pt}{\footnotesize\color{cvmuted}#1\par}}
\setlist*[itemize]{font=\small}
\setlist*[itemize,1]{before=\small\nopagebreak\relax}
\newcommand{\cvpair}[3]{%
  \par\addvspace{3pt}%
  {\bfseries #1}\cvifempty{#2}{}{\ {\small\color{cvaccent}#2}}\hspace{0.8em}{\small #3}\par}
\newcommand{\cvreference}[2]{%
  \par\addvspace{6pt}{\small\itshape #2\par}\nopagebreak\relax{\raggedleft\small\textendash\ #1\par}}
\newcommand{\cvfooter}[1]{\par\addvspace{14pt}{\centering\scriptsize\color{cvmuted}#1\par}}
[#include "/latex/common/document.tex.ftl"]
