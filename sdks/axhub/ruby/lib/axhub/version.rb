# frozen_string_literal: true

module AxHub
  VERSION = "0.1.0"
end
