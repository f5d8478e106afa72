# frozen_string_literal: true

module AxHub
  module Models
    # Step a bootstrap is at, in order: create the app, create the repository, push the template, connect the
    # repository, deploy; `done` once all steps are through.
    module BootstrapStage
      extend Enum

      APP = "app"
      REPO = "repo"
      PUSH = "push"
      CONNECT = "connect"
      DEPLOY = "deploy"
      DONE = "done"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[app repo push connect deploy done].freeze
    end
  end
end
