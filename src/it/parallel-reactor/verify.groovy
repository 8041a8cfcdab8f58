// The plugin declared once in the parent's build plugins: the parent (packaging pom, with modules) leaves the
// modules' folders to them and checks nothing itself; each module reports its own solution once (the copy a
// build left under hr/bin/ is skipped); every summary line names its module; the parent's output directory gets
// the reactor's reports, written by whichever module finishes last. Built serially and with -T 2, the two runs
// agree finding for finding, in the modules' reports and in the reactor's.
import groovy.json.JsonSlurper

def report = { String module, String run ->
    def file = new File(basedir, "${module}/target/flowguard-${run}/flowguard.json")
    assert file.isFile() : "no report ${file}"
    new JsonSlurper().parse(file)
}

['expenses', 'hr'].each { module ->
    def serial = report(module, 'serial')
    def parallel = report(module, 'parallel')
    assert serial == parallel : "${module}: the -T 2 report differs from the serial one"
}

def expenses = report('expenses', 'parallel')
assert expenses.summary.solutions == 1
assert expenses.summary.flows == 3
assert expenses.findings*.solution.unique() == ['ContosoExpenses']
assert expenses.findings*.ruleId.containsAll(['FG401', 'FG402'])
assert expenses.findings.every { it.file.startsWith('solution/ContosoExpenses/Workflows/') }

def hr = report('hr', 'parallel')
assert hr.summary.solutions == 1 : 'the copy under bin/ is build output, not a second solution'
assert hr.summary.flows == 1
assert hr.findings*.solution.unique() == ['ContosoHr']
assert hr.findings.every { !it.file.contains('bin/') }
def hrTrigger = hr.findings.find { it.ruleId == 'FG401' }
assert hrTrigger.flow == 'Receive new hire from recruiting portal'

def reactor = { String run -> new JsonSlurper().parse(new File(basedir, "target/flowguard-${run}/flowguard.json")) }
assert reactor('serial') == reactor('parallel') : 'the -T 2 reactor report differs from the serial one'
assert reactor('parallel').modules*.module as Set == ['contoso-solutions', 'contoso-expenses', 'contoso-hr'] as Set
assert reactor('parallel').findings.size() == expenses.findings.size() + hr.findings.size()
def runIds = new JsonSlurper().parse(new File(basedir, 'target/flowguard-parallel/flowguard.sarif')).runs*.automationDetails*.id
assert runIds as Set == ['flowguard/contoso-expenses/', 'flowguard/contoso-hr/'] as Set

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('flowguard [contoso-solutions]: no solution of its own to check; its modules check theirs')
assert log.contains('flowguard [contoso-expenses]: read solution/ContosoExpenses (3 cloud flows)')
assert log.contains('flowguard [contoso-hr]: read solution/ContosoHr (1 cloud flow)')
assert !log.contains('read bin/')
// each finding once per run (the log may hold one run or both): never again for the parent or the bin/ copy
assert log.count('FG401 solution/ContosoHr/Workflows/') == log.count('BUILD SUCCESS')
assert log.contains('flowguard [contoso-hr] PASSED: failOnSeverity is NONE')
assert log.contains('flowguard [contoso-expenses] PASSED: failOnSeverity is NONE')
assert !log.contains('\tat dev.flowguard')
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log.count('flowguard reactor [contoso-solutions] PASSED') == log.count('BUILD SUCCESS') : 'the totals once per build'
assert !log.contains('not marked as @threadSafe')
