// Two modules, each with its own solution, built serially and with -T 2: each module's report holds
// its own solution only, and the two runs agree finding for finding.
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
assert hr.summary.solutions == 1
assert hr.summary.flows == 1
assert hr.findings*.solution.unique() == ['ContosoHr']
def hrTrigger = hr.findings.find { it.ruleId == 'FG401' }
assert hrTrigger.flow == 'Receive new hire from recruiting portal'

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('\tat dev.flowguard')
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as @threadSafe')
