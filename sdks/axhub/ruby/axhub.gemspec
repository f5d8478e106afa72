# frozen_string_literal: true

require_relative "lib/axhub/version"

Gem::Specification.new do |spec|
  spec.name = "axhub"
  spec.version = AxHub::VERSION
  spec.authors = ["AxHub"]
  spec.summary = "Ruby client for AxHub Deployments API"
  spec.description = "Build, ship and operate apps on AxHub: start and cancel deployments, roll back " \
                     "to earlier images, read runtime logs and rollout diagnoses, manage the GitHub " \
                     "connection that drives automatic deploys, run the staging/promotion lifecycle, " \
                     "and bootstrap new apps from templates. Every call is authenticated with a " \
                     "bearer token, and every error uses the shared `Error` body."
  spec.homepage = "https://rubygems.org/gems/axhub"
  spec.license = "Nonstandard"
  spec.required_ruby_version = ">= 3.1"

  spec.files = Dir["lib/**/*.rb", "README.md"]
  spec.require_paths = ["lib"]
  spec.metadata["rubygems_mfa_required"] = "true"
end
