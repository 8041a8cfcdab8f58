// A solution that keeps its secrets in Key Vault (a Secret environment variable read with
// RetrieveEnvironmentVariableSecretValue, and the Key Vault connector's Get secret) and its endpoints in
// environment variables passes with no FG2xx finding; the settings file holds only a Key Vault reference.
def log = new File(basedir, 'build.log').text
assert log.contains('flowguard [contoso-partner-sync-key-vault] checked 1 cloud flow in ')
assert !(log =~ /FG20[1-4]/)
assert log.contains('flowguard [contoso-partner-sync-key-vault] PASSED')
assert log.contains('BUILD SUCCESS')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flowguard/flowguard.json'))
assert report.summary.flows == 1
assert report.summary.failed == false
assert report.findings.findAll { it.ruleId.startsWith('FG2') }.isEmpty()
