package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	weather := make(chan string)
	traffic := make(chan string)

	go func() {
		time.Sleep(40 * time.Millisecond)
		weather <- "sunny, 21°C"
	}()
	go func() {
		time.Sleep(15 * time.Millisecond)
		traffic <- "queue on the bridge"
	}()

	// Two answers are coming; take each one as soon as it arrives.
	for range 2 {
		var line string
		select {
		case report := <-weather:
			line = "weather: " + report
		case report := <-traffic:
			line = "traffic: " + report
		}
		fmt.Printf("%v  %s\n", time.Since(start), line)
	}
}
