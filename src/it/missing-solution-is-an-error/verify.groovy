// A solution path that does not exist is a configuration error (MojoExecutionException), named in one line,
// not an FG901 finding that failOnSeverity=CRITICAL would let through; nothing is scanned, nothing written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains("flowguard: solutions: 'solutoins/Contoso.zip' does not exist (looked for ")
assert log.contains('org.apache.maven.plugin.MojoExecutionException: flowguard: solutions:')
assert log.contains('/MAVEN/MojoExecutionException')
assert !log.contains('FG901')
// the invoker runs Maven with -e, which prints Maven's own trace; there is nothing below the goal's error
assert log.count('Caused by:') == 1
assert !new File(basedir, 'target/flowguard').exists()
