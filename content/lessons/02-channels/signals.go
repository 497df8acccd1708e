package main

import (
	"fmt"
	"time"
)

func runner(name string, pace time.Duration, start <-chan struct{}, finished chan<- struct{}) {
	<-start // wait for the starting signal
	time.Sleep(pace)
	fmt.Printf("%s finishes in %v\n", name, pace)
	finished <- struct{}{} // one signal: "I'm in"
}

func main() {
	start := make(chan struct{}) // carries no values, only events
	finished := make(chan struct{})

	go runner("Kim", 12*time.Second, start, finished)
	go runner("Lou", 10*time.Second, start, finished)
	go runner("Max", 11*time.Second, start, finished)

	fmt.Println("ready, set, go!")
	close(start) // every runner waiting on start wakes up

	for range 3 {
		<-finished
	}
	fmt.Println("all three are in")
}
