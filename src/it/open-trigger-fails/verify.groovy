// The open HTTP trigger fails the build, and the log says which file, line and trigger.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] HIGH FG401 solution\/ContosoExpenses\/Workflows\/ReceiveexpensefrompartnerportalWebhook-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C01\.json:\d+:\d+ manual: HTTP trigger 'manual' of flow 'Receive expense from partner portal' can be run by anyone with its URL/
assert log.contains('[WARNING] INFO FG402 ')
assert log.contains('flowguard [contoso-open-trigger] FAILED: 1 finding at HIGH or above')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.flowguard')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.json'))
assert report.summary.flows == 3
assert report.summary.failed == true
assert report.findings*.ruleId.contains('FG401')
