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

# Ruby client for Deplite API 0.1.0.
#
# Deplite runs your workflows on machines you own. An agent installed on a machine enrolls once, reports the workflows
# it can run, and then holds an event stream open on which the server hands it jobs. Triggers start those jobs: from the
# dashboard, from Slack, or from any external system through a webhook call authenticated with an API token. Jobs finish
# on the agent, which posts their logs and result back.
#
# The API has two hosts. The user API (dashboard users and API tokens) is served under `/api` of the application host;
# the webhook run endpoint and the agent API sit at the root of the API host. Each operation lists the server it belongs
# to.
#
# Three kinds of credential are used: a dashboard user's JWT, an API token (`tk_...`) for the run and job endpoints,
# and, for the agent API, a request signature made with the agent's secret. Every error has the same JSON body
# (`Error`).
#
# @example
#   client = Deplite::Client.new(token: ENV.fetch("API_TOKEN"))
#   client.triggers.list_triggers(
#     path_params: { "orgId" => "..." }
#   )
module Deplite
end

require_relative "deplite/version"
require_relative "deplite/runtime"
require_relative "deplite/models"
require_relative "deplite/operations"
require_relative "deplite/resources/triggers"
require_relative "deplite/resources/jobs"
require_relative "deplite/resources/api_tokens"
require_relative "deplite/resources/agents"
require_relative "deplite/resources/workflows"
require_relative "deplite/resources/slack"
require_relative "deplite/resources/files"
require_relative "deplite/resources/agent"
require_relative "deplite/resources/slack_installations"
require_relative "deplite/client"
