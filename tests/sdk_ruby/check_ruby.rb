# frozen_string_literal: true

# Checks many Ruby files in one process, as `ruby -wc FILE` does for one: every file is
# compiled with warnings on; each warning or syntax error is printed and the exit status is 1
# when there is any. Then, with --load LIB=FEATURE (repeatable), requires each gem with
# warnings on and prints, as JSON, the operations and models every client module declares.
# With --build DIR, also packages every gem found (a folder holding one *.gemspec among the
# paths) into DIR as `gem build` does, any warning RubyGems gives counting as a problem.
#
#   ruby check_ruby.rb [--load lib_dir=feature ...] [--build dir] file_or_dir ...

require "json"
require "rubygems/package"
require "stringio"

# Collects warnings instead of printing them.
module CollectWarnings
  def self.messages
    @messages ||= []
  end

  def warn(message, category: nil, **)
    CollectWarnings.messages << message
    _ = category
    nil
  end
end
Warning.extend(CollectWarnings)
$VERBOSE = true

loads = []
paths = []
build_dir = nil
args = ARGV.dup
while (arg = args.shift)
  case arg
  when "--load" then loads << args.shift.split("=", 2)
  when "--build" then build_dir = args.shift
  else paths << arg
  end
end

files = paths.flat_map { |path| File.directory?(path) ? Dir[File.join(path, "**", "*.rb")].sort : [path] }
problems = []
files.each do |file|
  RubyVM::InstructionSequence.compile_file(file)
rescue SyntaxError => e
  problems << "#{file}: #{e.message}"
end
problems.concat(CollectWarnings.messages)
CollectWarnings.messages.clear

# What one generated SDK module declares; every type a response names must resolve, every
# model must decode an empty object, and the client must build its resources.
def inspect_sdk(sdk)
  operations = sdk.const_get(:OPERATIONS, false)
  named = operations.values.flat_map { |op| op.responses.values.flatten }.grep(Symbol).grep(/\A[A-Z]/).uniq
  named.each { |type| sdk::Models.const_get(type, false) }
  models = sdk::Models.constants.map { |constant| sdk::Models.const_get(constant, false) }
  models.each { |model| model.from_h({}) if model.is_a?(Class) && model < sdk::Model }
  { "operations" => operations.length, "models" => models.length, "methods" => resource_methods(sdk) }
end

# How many methods the resources of the SDK's client have.
def resource_methods(sdk)
  client = sdk.constants.map { |c| sdk.const_get(c, false) }.find { |c| c.is_a?(Class) && c < sdk::BaseClient }
  instance = client.new(base_url: "http://127.0.0.1:9", token: "") # "": built without credentials on purpose
  resources = client.instance_methods(false).map { |reader| instance.public_send(reader) }
  resources.sum { |resource| resource.class.instance_methods(false).length }
end

# The SDK modules `feature` defines, required with warnings on.
def load_sdks(lib, feature)
  $LOAD_PATH.unshift(lib)
  before = Object.constants
  require feature
  (Object.constants - before).reject { |name| Object.autoload?(name) }.map { |name| Object.const_get(name) }
                             .select { |sdk| sdk.is_a?(Module) && sdk.const_defined?(:OPERATIONS, false) }
end

report = {}
loads.each do |lib, feature|
  load_sdks(lib, feature).each { |sdk| report[feature] = inspect_sdk(sdk) }
rescue StandardError, ScriptError => e
  problems << "#{feature}: #{e.class}: #{e.message}\n  #{e.backtrace.first(3).join("\n  ")}"
end
problems.concat(CollectWarnings.messages)
CollectWarnings.messages.clear

# `gem build` of the gemspec in `root`, in this process; RubyGems' warnings and errors as text.
def build_gem(root, build_dir)
  said = StringIO.new
  Gem::DefaultUserInteraction.ui = Gem::StreamUI.new(StringIO.new, said, said, false)
  Dir.chdir(root) do
    gemspec = Dir["*.gemspec"].first
    spec = Gem::Specification.load(gemspec) or raise "#{root}/#{gemspec} does not load"
    Gem::Package.build(spec, false, false, File.join(build_dir, "#{spec.name}-#{spec.version}.gem"))
  end
  said.string.lines.grep(/WARNING|ERROR/i).map { |line| "#{root}: gem build: #{line.strip}" }
rescue StandardError, ScriptError => e
  ["#{root}: gem build: #{e.class}: #{e.message}"]
end

built = 0
if build_dir
  gems = paths.select { |path| File.directory?(path) && !Dir[File.join(path, "*.gemspec")].empty? }
  gems.each_with_index do |root, index|
    folder = File.join(build_dir, index.to_s) # two gems may share a name
    Dir.mkdir(folder)
    problems.concat(build_gem(File.expand_path(root), folder))
    built += 1
  end
  problems.concat(CollectWarnings.messages)
end

puts JSON.generate({ "files" => files.length, "problems" => problems, "gems" => report, "built" => built })
exit(problems.empty? ? 0 : 1)
