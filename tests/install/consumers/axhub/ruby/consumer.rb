# frozen_string_literal: true

# A program that uses the installed axhub gem as its users would: `require "axhub"` finds it among
# the installed gems (GEM_HOME/GEM_PATH; no -I, no path into the repository). Against a reference
# server it lists the deployments of the fixture app "shop" (one page, then every item through the
# each_ helper), reads one deployment, and meets two typed errors: a 404 for a deployment that does
# not exist and a 403 for a plain member's trigger (refused, so nothing changes on the server).
# Prints one JSON object for tests/install/test_ruby_install.py to check.
#
#   ruby -w consumer.rb BASE_URL

require "json"
require "axhub"

SHOP = "0c000000-0000-4000-8000-000000000001"
SHOP_FAILED = "0d000000-0000-4000-8000-000000000102"
MISSING = "0d000000-0000-4000-8000-0000000001ff"

def error_fields(error)
  { "class" => error.class.name, "status" => error.status, "code" => error.code,
    "operation_id" => error.operation_id, "api_status_error" => error.is_a?(AxHub::APIStatusError) }
end

def deployment_fields(deployment)
  { "class" => deployment.class.name, "id" => deployment.id, "app_id" => deployment.app_id,
    "status" => deployment.status, "commit_sha" => deployment.commit_sha,
    "started_at_class" => deployment.started_at.class.name, "started_at" => deployment.started_at.utc.iso8601,
    "failure_code" => deployment.failure_reason&.code, "failure_stage" => deployment.failure_reason&.stage,
    "image_uri" => deployment.image_uri }
end

# Where `require "axhub"` found the gem.
def gem_fields
  spec = Gem.loaded_specs["axhub"]
  { "version" => AxHub::VERSION, "spec_version" => spec&.version&.to_s, "gem_dir" => spec&.full_gem_path,
    "entry" => $LOADED_FEATURES.find { |feature| feature.end_with?("/axhub.rb") } }
end

def owner_calls(client, report)
  deployments = client.deployments
  page = deployments.deploy_get_api_v1_apps_by_app_id_deployments(
    path_params: { "appID" => SHOP }, query: { "limit" => 2 }
  )
  report["page"] = { "class" => page.class.name, "total" => page.total, "ids" => page.items.map(&:id) }
  every = deployments.each_deploy_get_api_v1_apps_by_app_id_deployments(
    path_params: { "appID" => SHOP }, query: { "limit" => 2 }
  ).to_a
  report["every_id"] = every.map(&:id)
  one = deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(
    path_params: { "appID" => SHOP, "did" => SHOP_FAILED }
  )
  report["one"] = deployment_fields(one)
  begin
    deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(path_params: { "appID" => SHOP, "did" => MISSING })
    report["not_found"] = "no error"
  rescue AxHub::NotFoundError => e
    report["not_found"] = error_fields(e)
  end
end

def member_calls(client, report)
  client.deployments.deploy_post_api_v1_apps_by_app_id_deployments(path_params: { "appID" => SHOP })
  report["forbidden"] = "no error"
rescue AxHub::PermissionDeniedError => e
  report["forbidden"] = error_fields(e)
end

base_url = ARGV.fetch(0) { abort("usage: ruby consumer.rb BASE_URL") }
report = { "ruby" => RUBY_VERSION, "gem" => gem_fields }
AxHub::Client.open(base_url:, token: "tok_owner") { |client| owner_calls(client, report) }
AxHub::Client.open(base_url:, token: "tok_member", max_retries: 0) { |client| member_calls(client, report) }
puts JSON.generate(report)
