package main

import "fmt"

func show(at string, ch chan string) {
	fmt.Printf("%-10s len %d, cap %d\n", at, len(ch), cap(ch))
}

func main() {
	mailbox := make(chan string, 3) // room for three letters
	show("new", mailbox)

	// No one receives, yet these sends don't wait: there is room.
	mailbox <- "bill"
	mailbox <- "postcard"
	show("two in", mailbox)

	letter := <-mailbox // oldest first
	show(letter+" out", mailbox)

	for _, next := range []string{"parcel", "magazine", "invitation"} {
		fmt.Println("posting", next)
		mailbox <- next
	}
	fmt.Println("everything posted")
}
