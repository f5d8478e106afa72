module sdkgen.test/platform-go-live

go 1.24

require github.com/platform-example/platform-go v0.0.0

replace github.com/platform-example/platform-go => ../../../sdks/platform/go
