# frozen_string_literal: true

module Internal
  # Internal: HTTP header names are case-insensitive; these keep one entry per name in a
  # plain Hash{String => String}, whatever the case it was given in.
  module Headers
    module_function

    # Set `name` to `value`, replacing an entry of the same name in any case.
    def put(headers, name, value)
      name = name.to_s
      headers.delete_if { |key, _| key.casecmp?(name) } unless headers.empty?
      headers[name] = value.to_s
      headers
    end

    # `headers` with every entry of `more` put over it (see #put).
    def merge(headers, more)
      more.each { |name, value| put(headers, name, value) }
      headers
    end

    # The value of `name` in any case, or nil.
    def get(headers, name)
      name = name.to_s
      headers.each { |key, value| return value if key.casecmp?(name) }
      nil
    end

    # Add cookies (each "name=value") to the Cookie header, after any it holds.
    def add_cookies(headers, routed, credentials)
      existing = get(headers, "Cookie")
      put(headers, "Cookie", [existing, *routed, *credentials].compact.join("; "))
    end

    def key?(headers, name)
      name = name.to_s
      headers.any? { |key, _| key.casecmp?(name) }
    end

    # The client's tenant (`tenant_id`) in the declared header (a TenantHeader) of a tenant-scoped
    # operation, unless the call gave one. Returns the headers (a copy when it adds to frozen ones).
    def add_tenant(headers, declared, operation, tenant_id)
      return headers unless declared && operation.tenant_scoped && !tenant_id.to_s.empty? &&
                            !key?(headers, declared.header)

      put(headers.frozen? ? headers.dup : headers, declared.header, tenant_id.to_s)
    end

    # A copy with the values of secret headers (REDACTED_HEADERS and `more`) replaced by REDACTED.
    def redact(headers, more = [])
      headers.to_h do |key, value|
        secret = REDACTED_HEADERS.include?(key.downcase) || more.any? { |name| name.casecmp?(key) }
        [key, secret ? REDACTED : value]
      end
    end
  end
end
