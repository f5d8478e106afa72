# frozen_string_literal: true

require_relative "lib/platform_sdk/version"

Gem::Specification.new do |spec|
  spec.name = "platform_sdk"
  spec.version = PlatformSdk::VERSION
  spec.authors = ["Platform"]
  spec.summary = "Ruby client for Platform API"
  spec.description = "The account side of a multi-tenant platform: people sign up and sign in, keep a " \
                     "session alive with rotating refresh tokens, belong to tenants with a role in " \
                     "each, and automate through API keys and webhooks."
  spec.homepage = "https://rubygems.org/gems/platform_sdk"
  spec.license = "Nonstandard"
  spec.required_ruby_version = ">= 3.1"

  spec.files = Dir["lib/**/*.rb", "README.md"]
  spec.require_paths = ["lib"]
  spec.metadata["rubygems_mfa_required"] = "true"
end
