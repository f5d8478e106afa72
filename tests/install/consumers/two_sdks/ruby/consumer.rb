# frozen_string_literal: true

# One program with two generated SDKs (issue #16 item 9): the installed axhub and deplite gems,
# both found by `require` among the installed gems (GEM_HOME/GEM_PATH; no -I). Each SDK has its
# runtime in its own module, so the two never share a class: each client talks to its own
# reference server, the AxHub one with a token, the Deplite one as a user and as an agent that
# signs its calls; an error of one SDK is not an error of the other. Prints one JSON object for
# tests/install/test_ruby_install.py to check.
#
#   ruby -w consumer.rb AXHUB_BASE_URL DEPLITE_ROOT_URL

require "json"
require "axhub"
require "deplite"

SHOP = "0c000000-0000-4000-8000-000000000001"
MISSING = "0d000000-0000-4000-8000-0000000001ff"

def gem_fields(name)
  spec = Gem.loaded_specs[name]
  { "spec_version" => spec&.version&.to_s, "gem_dir" => spec&.full_gem_path }
end

# The two runtimes are apart: no shared client, error or model class.
def separation
  { "base_clients_differ" => !AxHub::BaseClient.equal?(Deplite::BaseClient),
    "errors_apart" => !(Deplite::NotFoundError <= AxHub::Error) && !(AxHub::NotFoundError <= Deplite::Error),
    "models_apart" => !(Deplite::Models::Job <= AxHub::Model) }
end

def axhub_calls(base_url)
  client = AxHub::Client.new(base_url:, token: "tok_owner", environment: {})
  page = client.deployments.list(SHOP, limit: 2)
  begin
    client.deployments.get(SHOP, MISSING)
    missing = "no error"
  rescue Deplite::Error
    missing = "caught as a Deplite error"
  rescue AxHub::NotFoundError => e
    missing = "#{e.class.name} #{e.status}"
  end
  client.close
  { "page_class" => page.class.name, "item_class" => page.items.first.class.name, "missing" => missing }
end

def deplite_calls(root)
  user = Deplite::Client.new(base_url: "#{root}/api", agent_base_url: root, token: "tok_owner", environment: {})
  enrollment = user.agents.create_enrollment_token_2("org-abc", label: "two sdks")
  credentials = Deplite::Client.new(base_url: "#{root}/api", agent_base_url: root, token: enrollment.token,
                                    environment: {}).agent.enroll(hostname: "two-sdks", version: "1.0")
  agent = Deplite::Client.new(base_url: "#{root}/api", agent_base_url: root, signing_key_id: credentials.agent_id,
                              signing_secret: credentials.agent_secret, environment: {})
  beat = agent.agent.heartbeat(version: "1.0")
  agents = user.agents.list("org-abc").to_a
  { "beat_class" => beat.class.name, "enrolled_listed" => agents.any? { |a| a.id == credentials.agent_id } }
end

axhub_url, deplite_root = ARGV
puts JSON.generate(
  "ruby" => RUBY_VERSION, "gems" => { "axhub" => gem_fields("axhub"), "deplite" => gem_fields("deplite") },
  "separation" => separation, "axhub" => axhub_calls(axhub_url), "deplite" => deplite_calls(deplite_root)
)
