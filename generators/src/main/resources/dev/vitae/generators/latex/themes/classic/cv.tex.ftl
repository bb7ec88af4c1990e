[#-- The classic theme, after moderncv's classic style: serif type, the name large at the
     top with the label under it and the contact details beside it, section headings in the
     accent colour after a rule in the date column, and a narrow column of dates,
     right-aligned, left of every entry. Skills read "Name: keyword · keyword". --]
[#import "/latex/common/parts.tex.ftl" as part]
[#assign accent = style.accent]
[#assign fontSize = style.fontSize]
[#assign margins = "top=1.7cm, bottom=1.7cm, left=1.9cm, right=1.9cm"]
% Written by Vitae from the CV's source, in the classic theme; compile with xelatex.
[#include "/latex/common/preamble.tex.ftl"]
[#include "/latex/common/table.tex.ftl"]

% Latin Modern without TeX ligatures, so that -- and '' print as they were typed.
\setmainfont{Latin Modern Roman}
\setsansfont{Latin Modern Sans}
\setmonofont{Latin Modern Mono}

% The date column: as wide as "Sep 2013 – Jun 2018" in small type, then a gap.
\newlength{\cvdatewidth}
\newlength{\cvcolumn}
\settowidth{\cvdatewidth}{\small 0000 0000 -- 0000 0000}
\setlength{\cvcolumn}{\dimexpr\cvdatewidth+1.2em\relax}

\newcommand{\cvname}[3]{{\Huge\cvifempty{#2}{}{#2\ }{\color{cvaccent}#3}\par}}
\newcommand{\cvlabel}[1]{\par\addvspace{2pt}{\large\itshape\color{cvmuted}#1\par}}
\newcommand{\cvcontacts}[1]{\par\addvspace{6pt}{\small #1\par}}
\newcommand{\cvcontact}[2]{\cvkeyword{#2}}
\newcommand{\cvcontactsep}{\cvsep}
\newcommand{\cvheaderafter}{\addvspace{6pt}}
\newcommand{\cvabstract}[1]{\par\addvspace{6pt}\begin{cvdated}#1\end{cvdated}}

% What stands right of the date column: a list whose margin is the column, which never
% starts a page by itself (its heading stays with it).
\makeatletter
\newenvironment{cvdated}
  {\@beginparpenalty\@M\list{}{\setlength{\leftmargin}{\cvcolumn}\setlength{\labelwidth}{0pt}%
     \setlength{\labelsep}{0pt}\setlength{\itemsep}{0pt}\setlength{\parsep}{0pt}%
     \setlength{\topsep}{0pt}\setlength{\partopsep}{0pt}}\item\relax}
  {\endlist}
\makeatother
% A section: a rule in the date column, the heading in the accent colour; its entries indented
% past the date column.
\newenvironment{cvsection}[1]
  {\par\addvspace{12pt}%
   \noindent{\color{cvaccent}\rule[0.3ex]{\cvdatewidth}{0.9pt}}\hspace{1.2em}%
   {\Large\color{cvaccent}#1}\par\nopagebreak\relax\addvspace{4pt}%
   \begin{cvdated}}
  {\end{cvdated}}
\newcommand{\cventry}[5]{%
  \par\addvspace{6pt}%
  \leavevmode\llap{\parbox[t]{\cvdatewidth}{\raggedleft\small #2}\hspace{1.2em}}%
  {\bfseries #1}\cvifempty{#3}{}{, {\itshape #3}}%
  \cvifempty{#4}{}{\cvright{\small\itshape #4}}\par
  \cvifempty{#5}{}{\nopagebreak\relax{\small\color{cvmuted}#5\par}}}
\newcommand{\cvendentry}{}
\newcommand{\cvsummary}[1]{\par\nopagebreak\relax\addvspace{1pt}#1\par}
\newcommand{\cvkeywords}[1]{\par\nopagebreak\relax\addvspace{2pt}{\small\color{cvmuted}#1\par}}
\setlist*[itemize,1]{before=\nopagebreak\relax}
\newcommand{\cvpair}[3]{%
  \par\addvspace{3pt}%
  {\bfseries #1}\cvifempty{#2}{}{\ {\small\itshape\color{cvmuted}(#2)}}:\ #3\par}
\newcommand{\cvreference}[2]{%
  \par\addvspace{6pt}{\itshape #2\par}\nopagebreak\relax{\raggedleft\small\textendash\ #1\par}}
\newcommand{\cvfooter}[1]{\par\addvspace{14pt}{\raggedleft\scriptsize\color{cvmuted}#1\par}}
[#include "/latex/common/document.tex.ftl"]
