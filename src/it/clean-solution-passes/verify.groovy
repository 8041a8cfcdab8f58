// A clean solution passes, and the report says why: one flow read, nothing found.
def log = new File(basedir, 'build.log').text
assert log.contains('flowguard [contoso-clean] checked 1 cloud flow in 1 artifact: 0 CRITICAL, 0 HIGH, 0 MEDIUM, 0 LOW, 0 INFO')
assert log.contains('flowguard [contoso-clean] PASSED: no finding at HIGH or above')
assert log.contains('BUILD SUCCESS')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.json'))
assert report.summary.flows == 1
assert report.summary.failed == false
assert report.findings.isEmpty()
