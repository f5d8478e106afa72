module sdkgen.test/call-overhead-go

go 1.24

require github.com/axhub/axhub-go v0.0.0

replace github.com/axhub/axhub-go => ../../../../sdks/axhub/go
