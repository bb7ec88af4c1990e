[#-- The compact theme, for applicant tracking systems: one column of text in reading order,
     sans-serif at a small size with tight spacing, no tables, icons or columns. Headings are
     plain words in capitals; an entry reads "Title, Organisation — Location · dates" on one
     line with its bullets under it; a custom section's table becomes lines of text. --]
[#import "/latex/common/parts.tex.ftl" as part]
[#global tablesAsText = true]
[#assign accent = style.accent]
[#assign fontSize = style.fontSize]
[#assign margins = "top=0.9cm, bottom=1.0cm, left=1.2cm, right=1.2cm"]
% Written by Vitae from the CV's source, in the compact theme; compile with xelatex.
[#include "/latex/common/preamble.tex.ftl"]

% DejaVu Sans Condensed: dense and plain, every character of Latin Modern's set and more.
\setmainfont{DejaVu Sans Condensed}
\setsansfont{DejaVu Sans Condensed}
\setmonofont{DejaVu Sans Mono}[Scale=MatchLowercase]
\renewcommand{\familydefault}{\sfdefault}
\linespread{0.93}
\setlist*[itemize]{leftmargin=1em, labelsep=0.4em, topsep=0pt}

\newcommand{\cvname}[3]{{\LARGE\bfseries #1\par}}
\newcommand{\cvlabel}[1]{\par{\color{cvaccent}#1\par}}
\newcommand{\cvcontacts}[1]{\par\addvspace{2pt}#1\par}
\newcommand{\cvcontact}[2]{\cvkeyword{#2}}
\newcommand{\cvcontactsep}{\unskip\discretionary{}{}{\hbox{\hskip 0.5em|\hskip 0.5em}}\ignorespaces}
\newcommand{\cvheaderafter}{\addvspace{2pt}}
% A small photo, no taller than the name and contact lines beside it.
\renewcommand{\cvphotowidth}{1.3cm}
\newcommand{\cvabstract}[1]{\par\addvspace{4pt}#1\par}

\newenvironment{cvsection}[1]
  {\par\addvspace{4pt}%
   {\bfseries\color{cvaccent}\MakeUppercase{#1}\par}\nopagebreak\relax
   {\color{cvaccent}\hrule height 0.4pt}\nopagebreak\relax\addvspace{2pt}}
  {\par}
% "Title, Organisation — Location", the dates flush right; how long it lasted is left to
% the dates, for room.
\newcommand{\cventry}[5]{%
  \par\addvspace{1.5pt}%
  {\bfseries #1}\cvifempty{#3}{}{, #3}\cvifempty{#4}{}{\ \textemdash\ #4}%
  \cvifempty{#2}{}{\cvright{\cvkeyword{#2}}}\par}
\newcommand{\cvendentry}{}
\newcommand{\cvsummary}[1]{\par\nopagebreak\relax #1\par}
\newcommand{\cvkeywords}[1]{\par\nopagebreak\relax{\color{cvmuted}#1\par}}
\setlist*[itemize,1]{before=\nopagebreak\relax}
\newcommand{\cvpair}[3]{%
  \par{\bfseries #1}\cvifempty{#2}{}{\ (#2)}:\ #3\par}
\newcommand{\cvreference}[2]{\par\addvspace{2pt}#2\ \textemdash\ #1\par}
\newcommand{\cvtablerow}[1]{\par #1\par}
\newcommand{\cvtablehead}[1]{\textbf{#1}}
\newcommand{\cvfooter}[1]{\par\addvspace{6pt}{\footnotesize\color{cvmuted}#1\par}}
[#include "/latex/common/document.tex.ftl"]
