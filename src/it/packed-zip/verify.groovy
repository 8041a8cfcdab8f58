// A packed solution is read in place: findings name the zip and the entry, and nothing is extracted.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] HIGH FG401 solutions\/ContosoExpenses_1_0_0_3_managed\.zip!Workflows\/ReceiveexpensefrompartnerportalWebhook-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C01\.json:\d+:\d+ manual: /
assert log.contains('flowguard [contoso-packed] checked 3 cloud flows in 1 artifact')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.json'))
def finding = report.findings.find { it.ruleId == 'FG401' }
assert finding.file == 'solutions/ContosoExpenses_1_0_0_3_managed.zip!Workflows/ReceiveexpensefrompartnerportalWebhook-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C01.json'
assert finding.solution == 'ContosoExpenses'
assert finding.flow == 'Receive expense from partner portal'
assert finding.line > 0

def written = []
new File(basedir, 'target').eachFileRecurse { if (it.isFile()) written << it.path }
assert written.every { it.contains('flowguard') } : "only reports are written: ${written}"
assert !new File(basedir, 'solutions/Workflows').exists()
