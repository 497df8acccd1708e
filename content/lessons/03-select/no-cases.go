package main

import (
	"fmt"
	"time"
)

// serve prints a line for every request, for as long as requests come.
func serve(requests <-chan string) {
	for request := range requests {
		fmt.Println("served", request)
	}
}

func main() {
	requests := make(chan string)
	go serve(requests)
	go func() {
		for _, page := range []string{"/", "/about", "/news"} {
			time.Sleep(time.Second)
			requests <- page
		}
	}()

	// Everything happens in other goroutines: main only has to stay.
	select {}
}
