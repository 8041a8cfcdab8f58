// Outside any project (a folder with a zip and no pom), mvn dev.flowguard:flowguard-maven-plugin:check
// -Dflowguard.solutions=X.zip checks the zip, fails on its HIGH finding, writes its reports to ./target/flowguard,
// and its hints name commands that work as printed here, with the plugin's coordinates.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('@ standalone-pom ---')
assert log.contains('flowguard: read ContosoExpenses_1_0_0_3_managed.zip (3 cloud flows)')
assert log =~ /\[ERROR\] HIGH FG401 ContosoExpenses_1_0_0_3_managed\.zip!Workflows\/ReceiveexpensefrompartnerportalWebhook-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C01\.json:\d+:\d+ manual: /
assert log =~ /Run mvn dev\.flowguard:flowguard-maven-plugin:[^:\s]+:explain -Drule=FG401 for the rule's page\./
assert !log.contains('Run mvn flowguard:explain') : 'the prefix does not resolve without a pom'
assert log.contains('flowguard FAILED: 1 finding at HIGH or above')
assert !log.contains('\tat dev.flowguard')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.sarif'))
def run = sarif.runs[0]
assert run.automationDetails.id == 'flowguard/'
def location = run.results.find { it.ruleId == 'FG401' }.locations[0].physicalLocation.artifactLocation
assert new File(new URI(run.originalUriBaseIds['%SRCROOT%'].uri).resolve(location.uri)).isFile()
assert location.uri.endsWith('ContosoExpenses_1_0_0_3_managed.zip')
assert new JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.json')).summary.flows == 3
