// Discovery finds the unpacked solution under src/ (a folder name with a space) and the settings file;
// with failOnSeverity CRITICAL the HIGH finding is a warning and the build passes.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] HIGH FG401 src\/Contoso Expenses\/Workflows\/ReceiveexpensefrompartnerportalWebhook-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C01\.json:\d+:\d+ manual: /
assert log.contains('flowguard [contoso-unpacked]: read src/Contoso Expenses (3 cloud flows)')
assert log.contains('flowguard [contoso-unpacked] checked 3 cloud flows in 1 artifact')
assert log.contains('flowguard [contoso-unpacked] PASSED: no finding at CRITICAL or above')
assert log.contains('BUILD SUCCESS')
