module github.com/axhub/axhub-go

go 1.24
