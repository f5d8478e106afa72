# frozen_string_literal: true

# Runs every test of tests/sdk_ruby/test in one process:
#   ruby -w -I sdks/axhub/ruby/lib -I sdks/deplite/ruby/lib tests/sdk_ruby/run_tests.rb
Dir[File.join(__dir__, "test", "test_*.rb")].sort.each { |file| require file }
