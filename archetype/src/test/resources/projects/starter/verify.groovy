// The generated project built: every format written, and no warning about the option.
// basedir is this test's directory; the archetype generated the project under project/.
def project = new File(basedir, 'project/jane-doe-cv')
def outputs = new File(project, 'target/cv/jane-doe')
['jane-doe.html', 'jane-doe.json', 'jane-doe.tex', 'jane-doe.pdf'].each { name ->
  def file = new File(outputs, name)
  assert file.isFile() && file.length() > 0 : "missing output ${file}"
}
assert new File(outputs, 'jane-doe.html').getText('UTF-8').contains('Jane Doe')

def log = new File(project, 'build.log').getText('UTF-8')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'the starter test did not run'
assert !log.contains('not recognized by any processor') : 'a compilation warns about -Avitae.output'

['.gitignore', 'README.md', '.github/workflows/cv.yml', '.github/javac-problem-matcher.json',
    'src/main/cv-assets/README.md'].each {
  assert new File(project, it).isFile() : "missing ${it}"
}
return true
