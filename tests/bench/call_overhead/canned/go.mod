module sdkgen.test/call-overhead-canned

go 1.24
