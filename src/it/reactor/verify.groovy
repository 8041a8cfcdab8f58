// A solution repository as the README lays it out (parent, two modules with solutions, one without), built five
// times: (1) flowguard:check at the root checks every module and fails on their HIGH findings; (2) the site: each
// module's page and the root's reactor page agree with check under the <build> configuration alone; (3)
// flowguard:baseline at the root writes one baseline for every module; (4) the build the CI examples run passes on
// it and leaves one SARIF and one JSON at the root whose paths resolve; (5) <enabled>yes</enabled> is an error.
// Then the CI examples of docs/configuration.md are held to what (4) did.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// one Maven invocation after another: each starts by scanning for projects
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 5 : "five builds, found ${runs.size()}"
def (check, site, baseline, verify, enabledYes) = runs

// no flowguard stack trace in any of them, and the secret of the hr flow nowhere
assert !log.contains('\tat dev.flowguard')
def secret = 'Xy48Q~Tq2vNw7bLm3kPz9RfD1sHjA6gUeYcKo0.i'
assert !log.contains(secret)
new File(basedir, 'target').eachFileRecurse { if (it.isFile()) assert !it.text.contains(secret) : "${it} shows the secret" }

// (1) flowguard:check at the root: every module checked, the build fails naming both failing modules
assert check.contains('BUILD FAILURE')
assert check =~ /\[ERROR\] HIGH FG401 solutions\/ContosoExpenses_1_0_0_3_managed\.zip!Workflows\/ReceiveexpensefrompartnerportalWebhook-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C01\.json:\d+:\d+ manual: /
assert check =~ /\[ERROR\] HIGH FG402 solutions\/ContosoExpenses_1_0_0_3_managed\.zip!Workflows\/Syncexpenserates-/ : 'FG402 raised to HIGH in <build>'
assert check =~ /\[ERROR\] HIGH FG401 solution\/ContosoHr\/Workflows\/ReceivenewhirefromrecruitingportalWebhook-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1D01\.json:\d+:\d+ manual: /
assert check.contains('[INFO] flowguard [contoso-pcf-control]: no solution in this module, nothing to check (to say so, set <flowguard.skip>true</flowguard.skip> in its pom\'s <properties>)')
assert check.contains('flowguard reactor [contoso-solutions] FAILED: 2 modules of 4 fail the build: contoso-expenses (2 findings at HIGH or above), contoso-hr (1 finding at HIGH or above)')
assert check.contains('on project contoso-solutions: flowguard reactor [contoso-solutions] FAILED')
assert check.count('matched no finding in any module') == 1
assert check.contains('flowguard: flowguard-suppressions.xml entry 2 (FG105, flow \'Retired*\') matched no finding in any module')
assert !check.contains('entry 1 (FG101, module') : 'entry 1 is contoso-hr\'s and matched there'
def summaries = [:]
(check =~ /\[INFO\] (flowguard \[(contoso-[a-z-]+)\] checked [^\n]*)/).each { whole, line, module -> summaries[module] = line.trim() }
assert summaries.keySet() == ['contoso-expenses', 'contoso-hr'] as Set

// (2) the site: pages agree with check, under the configuration written in <build> only
assert site.contains('BUILD SUCCESS')
assert !(site =~ /\[ERROR\] flowguard/) : 'a site build that succeeds logs no flowguard error'
def page = { String module -> new File(basedir, (module ? module + '/' : '') + 'target/site/flowguard.html').text }
['expenses', 'hr'].each { folder ->
    def module = "contoso-${folder}"
    assert page(folder).contains(summaries[module]) : "${module}'s page: ${summaries[module]}"
}
assert page('expenses').contains('flowguard:check fails this build: 2 findings at HIGH or above.')
assert page('hr').contains('flowguard:check fails this build: 1 finding at HIGH or above.')
def root = page(null)
assert root.contains('flowguard:check fails this build in 2 of 4 modules.')
assert root.contains('href="contoso-expenses/flowguard.html"') && root.contains('href="contoso-hr/flowguard.html"')
assert root.contains('flowguard reactor [contoso-solutions]: 4 modules, 4 cloud flows in 2 artifacts: 0 CRITICAL, 3 HIGH')

// (3) the baseline from the root: one file, at the root, each entry naming its module
assert baseline.contains('BUILD SUCCESS')
assert baseline.contains('flowguard reactor [contoso-solutions] baseline: 3 findings of 4 modules accepted in flowguard-baseline.json')
def accepted = new JsonSlurper().parse(new File(basedir, 'flowguard-baseline.json'))
assert accepted.findings*.module as Set == ['contoso-expenses', 'contoso-hr'] as Set
assert !new File(basedir, 'expenses/flowguard-baseline.json').exists() && !new File(basedir, 'hr/flowguard-baseline.json').exists()

// (4) mvn verify, as the CI examples run it: passes on the baseline, which it does not list line by line
assert verify.contains('BUILD SUCCESS')
assert verify.contains('flowguard [contoso-expenses]: 2 findings accepted by the baseline (flowguard-baseline.json) not listed; every report file has them')
assert !(verify =~ /\[INFO\] HIGH FG401 solutions\//) : 'baseline-accepted findings are not listed again'
assert verify.contains('flowguard reactor [contoso-solutions] PASSED')
assert !verify.contains('no longer match') : 'no module calls another module\'s entries stale'
def out = new File(basedir, 'target/flowguard')
['flowguard.sarif', 'flowguard.json', 'flowguard.html', 'flowguard-junit.xml'].each { assert new File(out, it).isFile() : it }
def sarif = new JsonSlurper().parse(new File(out, 'flowguard.sarif'))
assert sarif.runs*.automationDetails*.id == ['flowguard/contoso-expenses/', 'flowguard/contoso-hr/']
sarif.runs.each { run ->
    def base = new URI(run.originalUriBaseIds['%SRCROOT%'].uri)
    run.results.each { result ->
        def location = result.locations[0].physicalLocation.artifactLocation
        assert location.uriBaseId == '%SRCROOT%'
        assert new File(base.resolve(location.uri)).isFile() : "${location.uri} resolves to a file"
        assert !result.suppressions?.getAt(0)?.justification?.contains(basedir.path) : 'files named from the reactor root'
    }
}
def expensesRun = sarif.runs[0]
def zipped = expensesRun.results.find { it.ruleId == 'FG401' }
assert zipped.locations[0].physicalLocation.artifactLocation.uri.endsWith('expenses/solutions/ContosoExpenses_1_0_0_3_managed.zip')
def entry = expensesRun.artifacts[zipped.relatedLocations[0].physicalLocation.artifactLocation.index]
assert entry.location.uri == 'Workflows/ReceiveexpensefrompartnerportalWebhook-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C01.json'
assert entry.parentIndex == zipped.locations[0].physicalLocation.artifactLocation.index
assert zipped.relatedLocations[0].physicalLocation.region.startLine > 0
assert expensesRun.tool.driver.rules.find { it.id == 'FG401' }.help.markdown.startsWith('# FG401 http-trigger-anyone')
assert !new File(out, 'flowguard.sarif').text.contains('flowguard-dev') : 'no address that may not exist'
def json = new JsonSlurper().parse(new File(out, 'flowguard.json'))
assert json.summary.modules == 4
assert json.summary.failed == false
assert json.modules*.module as Set == ['contoso-expenses', 'contoso-hr', 'contoso-pcf-control', 'contoso-solutions'] as Set
assert json.findings.every { it.suppressed }
assert new File(out, 'flowguard-junit.xml').text.contains('name="contoso-hr: FG401 http-trigger-anyone"')

// (5) <enabled>yes</enabled>: one line naming it, before anything is read
assert enabledYes.contains('BUILD FAILURE')
assert enabledYes.contains("flowguard: rules: FG401: <enabled> must be true or false, not 'yes'")
assert !enabledYes.contains('read solutions/')

// The CI examples of docs/configuration.md: the command they run is the one (4) ran, every file and folder they
// publish is one (4) left at the root, they pin the version this build made, and none points at flowguard's
// own address (it may not exist) for the plugin or the rules.
def docs = new File(flowguardDocs, 'configuration.md').text
def ci = docs.substring(docs.indexOf('\n## CI\n'))
def blocks = (ci =~ /(?s)```(?:yaml|groovy)\n(.*?)```/).collect { it[1] }
assert blocks.size() == 3 : 'GitHub Actions, Azure Pipelines, Jenkins'
def properties = new Properties()
new File(basedir, 'ci.properties').withInputStream { properties.load(it) }
blocks.each { block ->
    def commands = (block =~ /(?:mvn -B verify |options: -B )--fail-at-end -Dflowguard\.formats=([^\s']+)/).collect { it[1] }
    assert commands == [properties.getProperty('flowguard.formats')] : "the check step runs what (4) ran: ${commands}"
    assert block =~ /FLOWGUARD_VERSION *[:=] *'?${java.util.regex.Pattern.quote(flowguardVersion)}'?/ : 'pins the version this build made'
    assert !block.contains('flowguard-dev') && !block.contains('branch: \'main\'')
    def published = (block =~ /(?:\$\(Build\.SourcesDirectory\)\/)?(target\/flowguard[^\s'"]*)/).collect { it[1] }
    assert !published.isEmpty()
    published.each { path ->
        def file = new File(basedir, path.replace('/**', '').replaceAll('/$', ''))
        assert file.exists() : "the CI example publishes ${path}, which the build did not leave"
    }
}
def everyDoc = new File(flowguardDocs).listFiles().findAll { it.name.endsWith('.md') }*.text.join() + new File(flowguardDocs, '../README.md').text
assert !everyDoc.contains('github.com/flowguard-dev') : 'no doc points at an address that may not exist'
