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

# Ruby client for Platform API 0.1.0.
#
# The account side of a multi-tenant platform: people sign up and sign in, keep a session alive with rotating refresh
# tokens, belong to tenants with a role in each, and automate through API keys and webhooks.
#
# Every call but sign-up, sign-in and the email flows carries `Authorization: Bearer <token>`, where the token is either
# a session's access token or an API key (`lsk_...`). Calls about one tenant's resources are tenant-scoped: they name
# the tenant in the `X-Tenant-ID` header. A session or a `user` API key must send it and must belong to that tenant; an
# `admin` API key may leave it out, and then acts on the root tenant. Someone who is not a member of the tenant named
# gets 404, as if the resources were not there.
#
# Every error has the same JSON body (`Error`).
#
# @example
#   client = PlatformSdk::Client.new(token: ENV.fetch("API_TOKEN"))
#   client.auth.register(
#     body: { "..." => "..." }
#   )
module PlatformSdk
end

require_relative "platform_sdk/version"
require_relative "platform_sdk/runtime"
require_relative "platform_sdk/models"
require_relative "platform_sdk/operations"
require_relative "platform_sdk/resources/auth"
require_relative "platform_sdk/resources/tenants"
require_relative "platform_sdk/resources/api_keys"
require_relative "platform_sdk/resources/webhooks"
require_relative "platform_sdk/resources/events"
require_relative "platform_sdk/resources/tenants_members"
require_relative "platform_sdk/resources/tenants_invitations"
require_relative "platform_sdk/client"
