# frozen_string_literal: true

module Internal
  # Internal: a client's session (an API whose operations carry a SessionRole): the access token
  # and refresh token, filled by a login's answer or given to the client, and the rotation.
  #
  # Every call that takes a bearer credential carries the access token. Shortly before it expires
  # (when the answer said when), or once after a 401 to it, the refresh operation trades the
  # refresh token for a new pair, which replaces the old one. One Mutex per session: concurrent
  # calls wait for a single refresh and share its tokens (a caller whose rejected token was already
  # replaced just retries with the new one). A refresh refused with 401 (a revoked or expired refresh
  # token) ends the session and raises AuthenticationError; nothing retries it.
  class Session
    # Refresh this many seconds (at most half the token's lifetime) before the access token expires.
    EXPIRY_MARGIN = 30.0
    # The security scheme kinds a session's access token answers (as a bearer token).
    BEARER_KINDS = %w[oauth2 openIdConnect].freeze

    # The session of a client of `client_class`, or nil when no operation of its API has a role.
    #
    # @param store [#load, #save, nil] see BaseClient#initialize (`session_store`)
    def self.build(client_class, wall_clock, access_token:, refresh_token:, store:)
      operations = (client_class.operations || {}).each_value
      return nil unless operations.any?(&:session)

      Config.session_store(store)
      refresh = operations.find { |operation| operation.session&.role == "refresh" }
      new(refresh, access_token:, refresh_token:, store:, wall_clock:)
    end

    def initialize(refresh_operation, access_token:, refresh_token:, store:, wall_clock:)
      @refresh_operation = refresh_operation
      @access = access_token
      @refresh = refresh_token
      @expires_at = nil
      @refresh_at = nil
      @store = store
      @loaded = store.nil? || !access_token.nil? || !refresh_token.nil?
      @wall_clock = wall_clock
      @lock = Mutex.new
    end

    # Does `operation` carry the session's access token? (Every one that accepts a bearer
    # credential, and none that logs in or refreshes.)
    def carries?(operation)
      role = operation.session&.role
      return false if role && role != "logout"

      security = operation.security
      security.nil? || security.any? { |scheme| bearer?(scheme) }
    end

    # The access token to send (refreshed first when it is about to expire), or nil without one.
    #
    # @param refresher [#call] sends the refresh operation with a body, returns the answer's JSON
    def token(refresher)
      @lock.synchronize do
        load_stored
        rotate(refresher) if @refresh && @refresh_at && @wall_clock.call >= @refresh_at
        @access
      end
    end

    # After a 401 to a call that carried `rejected`: true when the call may be sent again with a
    # newer token (this refreshed, or another caller already had), false when nothing can help.
    def renew(rejected, refresher)
      @lock.synchronize do
        return true if @access && @access != rejected
        return false unless @refresh && @refresh_operation

        rotate(refresher)
        true
      end
    end

    # Take in the answer of a successful operation with a role: a login's or refresh's tokens,
    # a logout's end of the session.
    def absorb(operation, answer)
      role = operation.session
      return if role.nil?

      @lock.synchronize do
        role.role == "logout" ? replace(nil, nil, nil) : take(role, answer)
      end
    end

    # The body of a logout: the refresh token in the role's field, unless the caller gave one.
    def logout_body(operation, body)
      field = operation.session&.request_field.to_s
      return body unless operation.session&.role == "logout" && !field.empty? && (body.nil? || body.is_a?(Hash))

      refresh = @lock.synchronize { @refresh }
      return body if refresh.nil? || (body && (body.key?(field) || body.key?(field.to_sym)))

      (body || {}).merge(field => refresh)
    end

    # @return [Hash{Symbol => Object}] access_token, refresh_token and expires_at (epoch seconds or nil)
    def tokens
      @lock.synchronize do
        load_stored
        { access_token: @access, refresh_token: @refresh, expires_at: @expires_at }
      end
    end

    def inspect
      "#<#{self.class.name} #{@access ? "open" : "closed"}>"
    end

    private

    def bearer?(scheme)
      (scheme.kind == "http" && scheme.scheme.casecmp?("bearer")) || BEARER_KINDS.include?(scheme.kind)
    end

    # Trade the refresh token for a new pair (the lock held). The token sent is spent whatever the
    # answer: a 401 ends the session.
    def rotate(refresher)
      spent = @refresh
      role = @refresh_operation.session
      answer = refresher.call(@refresh_operation, { role.request_field => spent })
      take(role, answer)
    rescue AuthenticationError
      replace(nil, nil, nil)
      raise
    end

    def take(role, answer)
      access = dig(answer, role.access_token)
      return if access.nil?

      lifetime = dig(answer, role.expires_in)
      expires_at = lifetime.is_a?(Numeric) ? @wall_clock.call + lifetime : nil
      replace(access.to_s, dig(answer, role.refresh_token)&.to_s || @refresh, expires_at, lifetime)
    end

    def replace(access, refresh, expires_at, lifetime = nil)
      @access = access
      @refresh = refresh
      @expires_at = expires_at
      margin = lifetime.is_a?(Numeric) ? [EXPIRY_MARGIN, lifetime / 2.0].min : EXPIRY_MARGIN
      @refresh_at = expires_at && (expires_at - margin)
      @store&.save(access.nil? ? nil : { access_token: access, refresh_token: refresh, expires_at: })
    end

    def load_stored
      return if @loaded

      @loaded = true
      stored = @store.load
      return if stored.nil?

      @access = stored[:access_token]
      @refresh = stored[:refresh_token]
      @expires_at = stored[:expires_at]
      @refresh_at = @expires_at && (@expires_at - EXPIRY_MARGIN)
    end

    def dig(answer, path)
      return nil if path.nil? || path.empty?

      path.reduce(answer) { |node, key| node.is_a?(Hash) ? node[key] : nil }
    end
  end

  # Internal: how a client (BaseClient includes it) sends with its session's access token, and
  # sends the refresh operation.
  module SessionCalls
    # @return [Hash{Symbol => Object}, nil] the session's access_token, refresh_token and expires_at
    #   (nil: the API has no sessions)
    def session_tokens
      @session&.tokens
    end

    private

    # The session's access token, put on the attempt's request; nil when it carries none.
    def session_token(prepared, request)
      return nil unless @session&.carries?(prepared.operation)

      token = @session.token(method(:session_refresh)) or return nil
      request["Authorization"] = "Bearer #{token}"
      token
    end

    # The session's refresh operation, sent with `body`: the answer's JSON (a status error raised).
    def session_refresh(operation, body)
      prepared = prepare(operation, path_params: nil, query: nil, body:, headers: nil,
                                    options: RequestOptions.coerce(nil))
      response, request = perform(prepared)
      Internal::ResponseParser.parse(operation, response, request, @wall_clock)
      JSON.parse(response.body)
    end
  end
end
