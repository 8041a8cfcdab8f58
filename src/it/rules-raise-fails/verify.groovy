// FG402 raised to HIGH fails the build on the tenant-wide trigger; the switched-off FG401 stays silent.
def log = new File(basedir, 'build.log').text
assert !log.contains('FG401')
assert log =~ /\[ERROR\] HIGH FG402 solution\/ContosoExpenses\/Workflows\/Syncexpenserates-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C03\.json:\d+:\d+ manual: /
assert log.contains('flowguard [contoso-rules-raised] FAILED: 1 finding at HIGH or above')
assert log.contains('BUILD FAILURE')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.json'))
assert report.findings.findAll { it.severity in ['HIGH', 'CRITICAL'] }*.ruleId == ['FG402']
