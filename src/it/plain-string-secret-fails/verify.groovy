// A client secret in a plain String environment variable, its value shipped in the solution and copied
// into the flow, and a subscription key taken from another API's response: the build fails, the log names
// each FG2xx finding, and the secret's value appears nowhere.
def secret = 'Xq8~Rz3vKp7Lm2Nw9Tb4Hc6Jd1Fg5Sa0Ue.Yi-Wo'
def log = new File(basedir, 'build.log').text
def flowFile = 'solution/ContosoPartnerSync/Workflows/Syncapprovedexpensestopartner-7C2E9A41-3B6D-EF11-A4E1-000D3A4F2B02.json'
def definitions = 'solution/ContosoPartnerSync/environmentvariabledefinitions/contoso_PartnerClientSecret/'

// the log line is cut at 400 characters; the report holds the whole message
assert log =~ /\[WARNING\] MEDIUM FG201 ${java.util.regex.Pattern.quote(flowFile)}:\d+:\d+ Send_approved_expenses_to_partner: The header 'Ocp-Apim-Subscription-Key' of Http action 'Send_approved_expenses_to_partner' in flow 'Sync approved expenses to partner' comes from the response of HTTP action 'Get_partner_settings'/
assert log =~ /\[WARNING\] MEDIUM FG202 ${java.util.regex.Pattern.quote(definitions + 'environmentvariabledefinition.xml')}.*Environment variable 'Partner Client Secret' \(contoso_PartnerClientSecret\) is named like a secret but is of type String, not Secret \(Key Vault\)/
assert log =~ /\[ERROR\] HIGH FG203 ${java.util.regex.Pattern.quote(definitions + 'environmentvariablevalues.json')}.*The current value of environment variable 'Partner Client Secret' \(contoso_PartnerClientSecret\) ships with the solution and looks like a secret: <redacted 40 chars>/
assert log =~ /\[ERROR\] HIGH FG203 ${java.util.regex.Pattern.quote(flowFile)}:\d+:\d+.*carries for environment variable 'Partner Client Secret \(contoso_PartnerClientSecret\)' ships with the solution and looks like a secret: <redacted 40 chars>/
assert log.contains('flowguard [contoso-partner-sync-plain-secret] FAILED')
assert log.contains('BUILD FAILURE')
assert !log.contains(secret)
assert !log.contains('\tat dev.flowguard')

def reportFile = new File(basedir, 'target/flowguard/flowguard.json')
assert !reportFile.text.contains(secret)
def report = new groovy.json.JsonSlurper().parse(reportFile)
assert report.summary.failed == true
def fg2 = report.findings.findAll { it.ruleId.startsWith('FG2') }
assert fg2*.ruleId.sort() == ['FG201', 'FG202', 'FG203', 'FG203']
assert report.findings.find { it.ruleId == 'FG201' }.message.contains("comes from the response of HTTP action 'Get_partner_settings', by way of variable 'subscriptionKey'")
