[#-- A custom section's table, for themes that show tables: as wide as the text beside any
     date column (a list's margin), its columns sharing the width evenly, breaking across pages between rows
     (xltabular). --]
\usepackage{xltabular}
\makeatletter
\newenvironment{cvtable}[1]
  {\par\addvspace{2pt}\small
   \setlength{\LTleft}{\@totalleftmargin}\setlength{\LTright}{0pt}%
   \setlength{\LTpre}{0pt}\setlength{\LTpost}{0pt}%
   \xltabular{\linewidth}{@{}*{#1}{>{\raggedright\arraybackslash}X}@{}}}
  {\endxltabular\par\addvspace{2pt}}
\makeatother
\newcommand{\cvtablehead}[1]{\textbf{#1}}
\newcommand{\cvtablerule}{\hline}
