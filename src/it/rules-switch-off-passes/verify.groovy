// FG401 is switched off and FG402 lowered to LOW: the build passes and says what it found.
def log = new File(basedir, 'build.log').text
assert !log.contains('FG401')
assert log =~ /\[WARNING\] LOW FG402 solution\/ContosoExpenses\/Workflows\/Syncexpenserates-4B1C2A10-7D6E-EE11-8DEF-000D3A4F1C03\.json:\d+:\d+ manual: /
assert log.contains('0 CRITICAL, 0 HIGH, 0 MEDIUM, 1 LOW, 0 INFO')
assert log.contains('BUILD SUCCESS')
