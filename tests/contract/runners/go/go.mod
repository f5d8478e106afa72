module sdkgen.test/axhub-contract-go

go 1.24

require (
	github.com/axhub/axhub-go v0.0.0
	github.com/deplite/deplite-go v0.0.0
	github.com/platform-example/platform-go v0.0.0
)

replace github.com/axhub/axhub-go => ../../../../sdks/axhub/go

replace github.com/deplite/deplite-go => ../../../../sdks/deplite/go

replace github.com/platform-example/platform-go => ../../../../sdks/platform/go
