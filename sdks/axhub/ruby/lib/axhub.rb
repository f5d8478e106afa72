# frozen_string_literal: true

require "date"
require "json"
require "net/http"
require "openssl"
require "securerandom"
require "set"
require "time"
require "uri"
require "zlib"

# Ruby client for AxHub Deployments API 0.1.0.
#
# Build, ship and operate apps on AxHub: start and cancel deployments, roll back to earlier images, read runtime logs
# and rollout diagnoses, manage the GitHub connection that drives automatic deploys, run the staging/promotion
# lifecycle, and bootstrap new apps from templates. Every call is authenticated with a bearer token, and every error
# uses the shared `Error` body.
#
# @example
#   client = AxHub::Client.new(token: ENV.fetch("API_TOKEN"))
#   client.deployments.deploy_get_api_v1_apps_by_app_id_deployments(
#     path_params: { "appID" => "..." }
#   )
module AxHub
end

require_relative "axhub/version"
require_relative "axhub/runtime"
require_relative "axhub/models"
require_relative "axhub/operations"
require_relative "axhub/resources/deployments"
require_relative "axhub/resources/deployments_lifecycle"
require_relative "axhub/resources/deployments_github"
require_relative "axhub/resources/deployments_bootstraps"
require_relative "axhub/resources/apps"
require_relative "axhub/resources/apps_git"
require_relative "axhub/client"
