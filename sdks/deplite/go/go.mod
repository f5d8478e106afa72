module github.com/deplite/deplite-go

go 1.24
