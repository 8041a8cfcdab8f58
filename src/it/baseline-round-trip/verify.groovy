// The baseline accepts the solution's findings on the record; only the flow added afterwards fails.
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'flowguard-baseline.json'))
def entries = baseline.findings
assert entries*.ruleId.containsAll(['FG401', 'FG402'])

def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] HIGH FG401 new-flows\/Workflows\/ReceiverefundfrompartnerportalWebhook-9C2D3B20-8E7F-EE11-8DEF-000D3A4F1C09\.json:\d+:\d+ manual: /
assert !(log =~ /\[ERROR\] HIGH FG401 solution\//) : 'the baselined finding must not fail the build'
assert log.contains('flowguard [contoso-baseline] FAILED: 1 finding at HIGH or above')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.json'))
def old = report.findings.find { it.file.startsWith('solution/') && it.ruleId == 'FG401' }
assert old.suppressed == true
def fresh = report.findings.find { it.file.startsWith('new-flows/') }
assert fresh.suppressed == false
