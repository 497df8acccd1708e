package main

import "fmt"

func tryClose(ch chan string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("close: panic:", r)
		}
	}()
	close(ch)
	fmt.Println("close: done")
}

func main() {
	// A channel variable that was never given a channel: nil.
	var inbox chan string
	fmt.Println("len:", len(inbox), "cap:", cap(inbox))

	tryClose(inbox)

	fmt.Println("receiving...")
	<-inbox
	fmt.Println("the receive returned")
}
