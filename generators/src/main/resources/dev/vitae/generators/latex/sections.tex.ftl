[#-- One macro per part of the CV, each named as the model's list it renders. --]
[#import "parts.tex.ftl" as part]

[#macro header basics]
[#if basics.image??]
% Photo (not embedded: LaTeX cannot fetch a remote image): [=hrefUrl(basics.image)]
[/#if]
\cvname{[=md(basics.name!)]}
[#if basics.label??]
\cvlabel{[=md(basics.label)]}
[/#if]
[#local contacts = []]
[#if basics.email??]
[#local email][@part.link "mailto:" + basics.email][=basics.email][/@part.link][/#local]
[#local contacts += [email]]
[/#if]
[#if basics.phone??]
[#local contacts += [basics.phone]]
[/#if]
[#if basics.url??]
[#local url][@part.link basics.url][=basics.url?remove_beginning("https://")?remove_beginning("http://")][/@part.link][/#local]
[#local contacts += [url]]
[/#if]
[#if basics.location??]
[#local place][@part.location basics.location/][/#local]
[#local contacts += [place]]
[/#if]
[#list basics.profiles as profile]
[#local account][@part.link profile.url!][=profile.network!][#if profile.network?? && profile.username??]: [/#if][=profile.username!][/@part.link][/#local]
[#local contacts += [account]]
[/#list]
[#if contacts?has_content]
\cvcontacts{[#list contacts as contact][=contact][#sep]\cvcontactsep{}[/#list]}
[/#if]
[#if basics.summary??]
\cvabstract{[=md(basics.summary)]}
[/#if]
[/#macro]

[#macro work jobs]
[#if jobs?has_content]
\cvsection{[=labels.work]}
[#list jobs as job]
[#local employer][@part.link job.url!][=md(job.name!)][/@part.link][#if job.description??]\cvsep{}[=md(job.description)][/#if][/#local]
[#local lasted = duration(job.dates)]
[#local where][=md(job.location!)][#if job.location?? && lasted?has_content]\cvsep{}[/#if][=lasted][/#local]
[@part.heading title=md(job.position!) dates=dates(job.dates!) organization=employer location=where/]
[@part.summary job.summary!/]
[@part.highlights job.highlights/]
[/#list]
[/#if]
[/#macro]

[#macro volunteer roles]
[#if roles?has_content]
\cvsection{[=labels.volunteer]}
[#list roles as role]
[#local organization][@part.link role.url!][=md(role.organization!)][/@part.link][/#local]
[@part.heading title=md(role.position!) dates=dates(role.dates!) organization=organization/]
[@part.summary role.summary!/]
[@part.highlights role.highlights/]
[/#list]
[/#if]
[/#macro]

[#macro education studies]
[#if studies?has_content]
\cvsection{[=labels.education]}
[#list studies as study]
[#local degree][@part.joined [study.studyType!, study.area!] ", "/][/#local]
[#local school][@part.link study.url!][=md(study.institution!)][/@part.link][#if study.score??]\cvsep{}[=md(study.score)][/#if][/#local]
[@part.heading title=degree dates=dates(study.dates!) organization=school location=md(study.location!)/]
[@part.keywordLine study.courses/]
[@part.summary study.summary!/]
[@part.highlights study.highlights/]
[/#list]
[/#if]
[/#macro]

[#macro awards awards]
[#if awards?has_content]
\cvsection{[=labels.awards]}
[#list awards as award]
[@part.heading title=md(award.title!) dates=dates(award.date!) organization=md(award.awarder!)/]
[@part.summary award.summary!/]
[/#list]
[/#if]
[/#macro]

[#macro certificates certificates]
[#if certificates?has_content]
\cvsection{[=labels.certificates]}
[#list certificates as certificate]
[#local name][@part.link certificate.url!][=md(certificate.name!)][/@part.link][/#local]
[@part.heading title=name dates=dates(certificate.date!) organization=md(certificate.issuer!)/]
[/#list]
[/#if]
[/#macro]

[#macro publications publications]
[#if publications?has_content]
\cvsection{[=labels.publications]}
[#list publications as publication]
[#local name][@part.link publication.url!][=md(publication.name!)][/@part.link][/#local]
[@part.heading title=name dates=dates(publication.releaseDate!) organization=md(publication.publisher!)/]
[@part.summary publication.summary!/]
[/#list]
[/#if]
[/#macro]

[#macro skills skills]
[#if skills?has_content]
\cvsection{[=labels.skills]}
[#list skills as skill]
\cvpair{[=md(skill.name!)][#if skill.level??]\cvlevel{[=md(skill.level)]}[/#if]}{[@part.keywords skill.keywords/]}
[/#list]
[/#if]
[/#macro]

[#macro languages languages]
[#if languages?has_content]
\cvsection{[=labels.languages]}
[#list languages as language]
\cvpair{[=md(language.language!)]}{[=md(language.fluency!)]}
[/#list]
[/#if]
[/#macro]

[#macro interests interests]
[#if interests?has_content]
\cvsection{[=labels.interests]}
[#list interests as interest]
\cvpair{[=md(interest.name!)]}{[@part.keywords interest.keywords/]}
[/#list]
[/#if]
[/#macro]

[#macro references references]
[#if references?has_content]
\cvsection{[=labels.references]}
[#list references as reference]
\cvreference{[=md(reference.name!)]}{[=md(reference.reference!)]}
[/#list]
[/#if]
[/#macro]

[#macro projects projects]
[#if projects?has_content]
\cvsection{[=labels.projects]}
[#list projects as project]
[#local name][@part.link project.url!][=md(project.name!)][/@part.link][/#local]
[#local context][@part.joined project.roles ", "/][#if project.roles?has_content && (project.entity?? || project.type??)]\cvsep{}[/#if][@part.keywords [project.entity!, project.type!]/][/#local]
[@part.heading title=name dates=dates(project.dates!) organization=context/]
[@part.summary project.description!/]
[@part.highlights project.highlights/]
[@part.keywordLine project.keywords/]
[/#list]
[/#if]
[/#macro]

[#-- A section of the author's own: patents, talks, teaching. --]
[#macro custom section]
\cvsection{[=md(section.title!)]}
[@part.summary section.summary!/]
[#list section.entries as entry]
[#local title][@part.link entry.url!][=md(entry.title!)][/@part.link][/#local]
[#local organization][@part.keywords [entry.organization!, entry.subtitle!]/][/#local]
[@part.heading title=title dates=dates(entry.dates!) organization=organization location=md(entry.location!)/]
[@part.summary entry.summary!/]
[@part.highlights entry.highlights/]
[@part.keywordLine entry.keywords/]
[/#list]
[#if section.columns?has_content]
\begin{cvtable}{[=section.columns?size]}
[#list section.columns as heading]\textbf{[=md(heading)]}[#sep] & [/#sep][/#list] \\
\hline
[#list section.rows as row]
[#list row as cell][=md(cell)][#sep] & [/#sep][/#list] \\
[/#list]
\end{cvtable}
[/#if]
[/#macro]

[#-- Where the CV lives and which version it is, small at the end. --]
[#macro meta meta]
[#local parts = []]
[#if meta.canonical??]
[#local canonical][@part.link meta.canonical][=meta.canonical][/@part.link][/#local]
[#local parts += [canonical]]
[/#if]
[#if meta.version??][#local parts += [meta.version]][/#if]
[#if meta.lastModified??][#local parts += [meta.lastModified]][/#if]
[#if parts?has_content]
\cvfooter{[#list parts as part][=part][#sep]\cvsep{}[/#list]}
[/#if]
[/#macro]
