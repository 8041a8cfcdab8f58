// A repository with a Power Platform solution and a Logic Apps Standard project side by side: default discovery
// finds both, and the findings name the solution and its flows, and the logic app and its workflows, alike.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] HIGH FG401 solution\/ContosoExpenses\/Workflows\/ReceiveexpensefrompartnerportalWebhook-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C01\.json:\d+:\d+ manual: /
// a logic app open by its SAS URL weighs MEDIUM at most: SAS is the platform default (docs/logic-apps.md)
assert log =~ /\[WARNING\] MEDIUM FG401 logicapps\/OrdersApp\/Receive\/workflow\.json:\d+:\d+ When_a_HTTP_request_is_received: HTTP trigger 'When_a_HTTP_request_is_received' of workflow 'Receive' of logic app 'OrdersApp' can be run by anyone with its URL/
assert log =~ /\[ERROR\] HIGH FG203 logicapps\/OrdersApp\/local\.settings\.json:\d+:\d+/
assert !log.contains('pk_live_4fQ9xT2mW7vR1sZ8nL3bY6cH0jD5gK'), 'no secret in clear in the log'
assert log.contains('checked 3 cloud flows and 1 workflow in 2 artifacts')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.flowguard')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.json'))
assert report.summary.flows == 4 : "3 cloud flows and 1 Logic Apps workflow, read ${report.summary.flows}"
assert report.summary.workflows == 1
assert report.summary.failed == true
def solutions = report.findings*.solution as Set
assert solutions.contains('OrdersApp')
assert report.findings.any { it.ruleId == 'FG401' && it.solution == 'OrdersApp' && it.flow == 'Receive' }
assert report.findings.any { it.ruleId == 'FG401' && it.solution != 'OrdersApp' && it.flow == 'Receive expense from partner portal' }
assert !new File(basedir, 'target/flowguard/flowguard.json').text.contains('pk_live_4fQ9xT2mW7vR1sZ8nL3bY6cH0jD5gK')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.sarif'))
def uris = sarif.runs[0].results*.locations*.getAt(0)*.physicalLocation*.artifactLocation*.uri
assert uris.any { it.contains('OrdersApp/Receive/workflow.json') }
