# frozen_string_literal: true

module PlatformSdk
  VERSION = "0.1.0"
end
