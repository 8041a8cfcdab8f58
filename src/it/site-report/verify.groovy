// mvn site renders the flowguard page: the same findings as check, with their rules linked to their pages,
// and the site build does not fail on them (check does that).
def page = new File(basedir, 'target/site/flowguard.html')
assert page.isFile() : 'no flowguard page in the site'
def html = page.text
assert html.contains('Project contoso-site, checked ')
assert html.contains('flowguard:check fails this build: 1 finding at HIGH or above.')
assert html.contains('FG401 http-trigger-anyone')
assert html.contains('https://github.com/flowguard-dev/flowguard/blob/main/docs/rules/FG401.md')
assert html.contains('solution/ContosoExpenses/Workflows/ReceiveexpensefrompartnerportalWebhook-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C01.json')

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('\tat dev.flowguard')
