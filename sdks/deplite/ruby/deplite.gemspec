# frozen_string_literal: true

require_relative "lib/deplite/version"

Gem::Specification.new do |spec|
  spec.name = "deplite"
  spec.version = Deplite::VERSION
  spec.authors = ["Deplite"]
  spec.summary = "Ruby client for Deplite API"
  spec.description = "Deplite runs your workflows on machines you own. An agent installed on a " \
                     "machine enrolls once, reports the workflows it can run, and then holds an event " \
                     "stream open on which the server hands it jobs. Triggers start those jobs: from " \
                     "the dashboard, from Slack, or from any external system through a webhook call " \
                     "authenticated with an API token. Jobs finish on the agent, which posts their " \
                     "logs and result back."
  spec.homepage = "https://rubygems.org/gems/deplite"
  spec.license = "Nonstandard"
  spec.required_ruby_version = ">= 3.1"

  spec.files = Dir["lib/**/*.rb", "README.md"]
  spec.require_paths = ["lib"]
  spec.metadata["rubygems_mfa_required"] = "true"
end
