// The issue's flow: a Key Vault secret read without Secure outputs, kept in variable apiKey, sent in header
// x-api-key. Nothing is uploaded: the written SARIF has the way as a code flow for its FG302 finding, each step at
// a line of the flow file that holds that step, the source a related location the message links to; the JSON has
// the same steps as path; the log keeps its one line.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def flowFile = 'solutions/ContosoPartnerKeys/Workflows/KeyInVariable-7B1E0A10-0001-4F00-9A00-000D3A4F2C01.json'
assert log =~ /\[ERROR\] HIGH FG302 ${java.util.regex.Pattern.quote(flowFile)}:\d+:\d+ Call_partner: .*so run history shows it: Get_partner_key → Init_apiKey → Call_partner \(inputs\/headers\/x-api-key\) \[a Key Vault secret\]/
assert !log.contains('Key Vault secret read here') : 'the log keeps one line per finding'

def sarif = new JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.sarif'))
def run = sarif.runs[0]
def base = new URI(run.originalUriBaseIds['%SRCROOT%'].uri)
def fg302 = run.results.findAll { it.ruleId == 'FG302' }
assert fg302.size() == 1
def result = fg302[0]
def steps = result.codeFlows[0].threadFlows[0].locations
assert steps*.location*.message*.text == ['Key Vault secret read here', 'kept in variable apiKey', 'sent in header x-api-key']

// every step where the result is, in the same URI form, at the line of the field it names
def resultLocation = result.locations[0].physicalLocation
def expectedOnLine = ['"Get_partner_key"', '"value"', '"x-api-key"']
steps.eachWithIndex { step, i ->
    def physical = step.location.physicalLocation
    assert physical.artifactLocation.uri == resultLocation.artifactLocation.uri
    assert physical.artifactLocation.uriBaseId == '%SRCROOT%'
    def file = new File(base.resolve(physical.artifactLocation.uri))
    assert file.isFile() : "${physical.artifactLocation.uri} resolves to a file"
    def line = file.readLines()[physical.region.startLine - 1]
    assert line.contains(expectedOnLine[i]) : "step ${i + 1} at line ${physical.region.startLine}: ${line}"
}
assert steps[2].location.physicalLocation.region == resultLocation.region

// the source, linked from the message
def link = (result.message.text =~ /\[Get_partner_key\]\((\d+)\)/)
assert link.find() : result.message.text
def source = result.relatedLocations.find { it.id == (link.group(1) as int) }
assert source.physicalLocation.region == steps[0].location.physicalLocation.region
assert source.message.text == 'Key Vault secret read here'

def report = new JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.json'))
def finding = report.findings.find { it.ruleId == 'FG302' }
assert finding.path*.action == ['Get_partner_key', 'Init_apiKey', 'Call_partner']
assert finding.path*.step == ['Key Vault secret read here', 'kept in variable apiKey', 'sent in header x-api-key']
assert finding.path*.file.every { it == flowFile }
assert finding.path[2].line == finding.line && finding.path[2].pointer == finding.jsonPointer
assert report.findings.find { it.ruleId == 'FG303' }.path*.action == ['Get_partner_key', 'Init_apiKey']
