module github.com/platform-example/platform-go

go 1.24
