[#--
  "banner" in LaTeX: the modern theme with the name in a band of the accent colour. The
  definitions below come last in the modern theme's preamble (see Vitae's
  latex/common/document.tex.ftl), so they replace its header.
--]
[#assign themeAdditions]
% banner: the name and the label in white on a band of the accent colour, as wide as the page
\renewcommand{\cvname}[3]{%
  \noindent\hspace*{-\oddsidemargin}\hspace*{-1in}%
  \colorbox{cvaccent}{\parbox{\paperwidth}{\vspace{10pt}\hspace*{1.7cm}%
    {\color{white}\fontsize{28pt}{32pt}\selectfont\bfseries\cvifempty{#2}{}{#2\ }#3}%
    \vspace{10pt}}}\par}
\renewcommand{\cvlabel}[1]{\par\addvspace{6pt}{\large\color{cvaccent}#1\par}}
\renewcommand{\cvcontacts}[1]{\par\addvspace{4pt}{\footnotesize\color{cvmuted}#1\par}}
\renewcommand{\cvheaderafter}{\addvspace{10pt}}
[/#assign]
[#include "/latex/themes/modern/cv.tex.ftl"]
